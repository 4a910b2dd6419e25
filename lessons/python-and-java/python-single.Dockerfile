# Single Stage ------------------------------------------------------

# The full Python image: interpreter, pip, compilers and headers
FROM python:3.12

WORKDIR /app

# Copy the whole project and install its dependencies system-wide
COPY . .
RUN pip install -r requirements.txt

CMD ["python", "app.py"]

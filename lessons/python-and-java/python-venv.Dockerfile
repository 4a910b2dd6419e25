# Build Stage -------------------------------------------------------

# The full Python image has what pip may need to build packages
FROM python:3.12 AS build

WORKDIR /app

# Create a virtual environment and put it first on PATH,
# so python and pip below are the ones inside /app/venv
RUN python -m venv /app/venv
ENV PATH="/app/venv/bin:$PATH"

# Install the dependencies into the virtual environment
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

# Still one stage: the program runs here, on the full image
COPY app.py .

CMD ["python", "app.py"]

# Wheels Stage ------------------------------------------------------

FROM python:3.12 AS wheels

WORKDIR /src

# Only the dependency list: this stage reruns when requirements.txt changes
COPY requirements.txt .

# Download and build every dependency into a wheel
RUN pip wheel --wheel-dir /wheels -r requirements.txt

# Runtime Stage -----------------------------------------------------

FROM python:3.12-slim AS runtime

WORKDIR /app

# Dependencies first ...
COPY requirements.txt .
COPY --from=wheels /wheels /wheels
RUN pip install --no-cache-dir --no-index --find-links=/wheels -r requirements.txt

# ... the source last, so editing it reruns only this line
COPY app.py .

CMD ["python", "app.py"]

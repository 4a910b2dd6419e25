# Wheels Stage ------------------------------------------------------

FROM python:3.12 AS wheels

WORKDIR /src

# Only the dependency list: this stage reruns when requirements.txt changes
COPY requirements.txt .

# pip's download cache survives between builds in a cache mount
RUN --mount=type=cache,target=/root/.cache/pip \
    pip wheel --wheel-dir /wheels -r requirements.txt

# Runtime Stage -----------------------------------------------------

FROM python:3.12-slim AS runtime

WORKDIR /app

# Mount the wheels from the wheels stage and requirements.txt from the
# project for this one command: neither becomes a layer of the image
RUN --mount=type=bind,from=wheels,source=/wheels,target=/wheels \
    --mount=type=bind,source=requirements.txt,target=requirements.txt \
    pip install --no-cache-dir --no-index --find-links=/wheels -r requirements.txt

# The source last, so editing it reruns only this line
COPY app.py .

CMD ["python", "app.py"]

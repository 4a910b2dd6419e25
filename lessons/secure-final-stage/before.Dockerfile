# Build Stage -------------------------------------------------------

# Whatever "latest" means on the day of the build
FROM python:latest AS build

# The token for the company's private package index, passed with --build-arg
ARG INDEX_TOKEN

WORKDIR /app
RUN python -m venv /app/venv
ENV PATH="/app/venv/bin:$PATH"

COPY requirements.txt .
RUN PIP_EXTRA_INDEX_URL="https://__token__:${INDEX_TOKEN}@pypi.internal.example/simple/" \
    pip install --no-cache-dir -r requirements.txt

# Runtime Stage -----------------------------------------------------

FROM python:latest

# Tools "for debugging", and a compiler nobody uses at run time
RUN apt-get update && apt-get install -y curl gcc

WORKDIR /app
COPY --from=build /app/venv /app/venv
ENV PATH="/app/venv/bin:$PATH"
COPY app.py .

# No USER: the program runs as root
CMD ["python", "app.py"]

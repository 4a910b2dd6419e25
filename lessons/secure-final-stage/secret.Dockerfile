# Build Stage -------------------------------------------------------

# Whatever "latest" means on the day of the build
FROM python:latest AS build

WORKDIR /app
RUN python -m venv /app/venv
ENV PATH="/app/venv/bin:$PATH"

COPY requirements.txt .

# The index token is a file under /run/secrets for this one command only:
# it is never written to a layer, the image config or its history
RUN --mount=type=secret,id=index_token,required=true \
    PIP_EXTRA_INDEX_URL="https://__token__:$(cat /run/secrets/index_token)@pypi.internal.example/simple/" \
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

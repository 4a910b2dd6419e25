# Build Stage -------------------------------------------------------

FROM python:3.12.14-slim-trixie AS build

WORKDIR /app
RUN python -m venv /app/venv
ENV PATH="/app/venv/bin:$PATH"

COPY requirements.txt .
RUN --mount=type=secret,id=index_token,required=true \
    PIP_EXTRA_INDEX_URL="https://__token__:$(cat /run/secrets/index_token)@pypi.internal.example/simple/" \
    pip install --no-cache-dir -r requirements.txt

# Runtime Stage -----------------------------------------------------

FROM python:3.12.14-slim-trixie

WORKDIR /app
COPY --from=build /app/venv /app/venv
ENV PATH="/app/venv/bin:$PATH"
COPY app.py .

CMD ["python", "app.py"]

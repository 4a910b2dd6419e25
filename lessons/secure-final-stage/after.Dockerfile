# Build Stage -------------------------------------------------------

# A pinned release tag, the same in both stages
FROM python:3.12.14-slim-trixie AS build

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

FROM python:3.12.14-slim-trixie

# No extra packages: the venv and app.py are all the program needs.
# A system group and user with fixed IDs, no home and no login shell
RUN groupadd --system --gid 10001 app \
 && useradd --system --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app

WORKDIR /app
COPY --from=build /app/venv /app/venv
ENV PATH="/app/venv/bin:$PATH"
COPY app.py .

# From here on, and when the container runs: user 10001, group 10001
USER 10001:10001

CMD ["python", "app.py"]

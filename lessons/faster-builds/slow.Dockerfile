# Wheels Stage ------------------------------------------------------

FROM python:3.12 AS wheels

WORKDIR /src

# The whole project first: any edit, even to app.py, invalidates the next line
COPY . .

# Download and build every dependency into a wheel, from scratch each time
RUN pip wheel --wheel-dir /wheels -r requirements.txt

# Runtime Stage -----------------------------------------------------

FROM python:3.12-slim AS runtime

WORKDIR /app

# The whole project again, before the install
COPY . .

# The wheels become a layer of the final image
COPY --from=wheels /wheels /wheels
RUN pip install --no-cache-dir --no-index --find-links=/wheels -r requirements.txt

CMD ["python", "app.py"]

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

# Runtime Stage -----------------------------------------------------

# The slim variant: the same Python in the same place, far fewer packages
FROM python:3.12-slim

WORKDIR /app

# Copy the virtual environment to the same path it was built at
COPY --from=build /app/venv /app/venv

# Only the program itself comes from the project
COPY app.py .

CMD ["python", "app.py"]

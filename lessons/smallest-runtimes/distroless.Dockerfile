# Build Stage -------------------------------------------------------

# Compile a static binary with the Go toolchain
FROM golang:1.26-alpine3.23 AS build
WORKDIR /src
COPY go.mod main.go ./
RUN CGO_ENABLED=0 GOOS=linux go build -o /out/hello-server .

# Runtime Stage -----------------------------------------------------

# Distroless static: CA certificates, tzdata and a nonroot user are already there
FROM gcr.io/distroless/static-debian13
COPY --from=build /out/hello-server /hello-server
USER nonroot:nonroot
EXPOSE 8080
ENTRYPOINT ["/hello-server"]

# Build Stage -------------------------------------------------------

# Compile a static binary with the Go toolchain
FROM golang:1.26-alpine3.23 AS build
WORKDIR /src
COPY go.mod main.go ./

# No cgo, so no C library at run time; timetzdata embeds the time zones
RUN CGO_ENABLED=0 GOOS=linux go build -tags timetzdata -o /out/hello-server .

# A non-root user, written to /etc/passwd and /etc/group
RUN addgroup -S -g 10001 app && adduser -S -D -H -u 10001 -G app app

# Runtime Stage -----------------------------------------------------

# Start from nothing at all
FROM scratch

# Bring only what the program needs: CA certificates, the user, the binary
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /etc/passwd /etc/group /etc/
COPY --from=build /out/hello-server /hello-server

USER app
EXPOSE 8080

# JSON form: there is no shell in this image to run anything else
ENTRYPOINT ["/hello-server"]

# Build Stage -------------------------------------------------------

# Compile a static binary with the Go toolchain
FROM golang:1.26-alpine3.23 AS build
WORKDIR /src
COPY go.mod main.go ./

# No cgo, so no C library at run time; timetzdata embeds the time zones
# (the server loads Europe/Vienna at start, and scratch has no /usr/share/zoneinfo)
RUN CGO_ENABLED=0 GOOS=linux go build -tags timetzdata -o /out/hello-server .

# Runtime Stage -----------------------------------------------------

# Start from nothing at all, and bring only the binary
FROM scratch
COPY --from=build /out/hello-server /hello-server
EXPOSE 8080

# JSON form: there is no shell in this image to run anything else
ENTRYPOINT ["/hello-server"]

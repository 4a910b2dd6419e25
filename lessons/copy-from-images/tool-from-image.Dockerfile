# Build stage: a static Go binary
FROM golang:1.26-alpine3.23 AS build
WORKDIR /src
COPY go.mod main.go ./
RUN CGO_ENABLED=0 go build -o /out/server .

# Runtime: a small base with a shell, for debugging
FROM alpine:3.23
# A single static tool taken out of the busybox image
COPY --from=busybox:1.37-musl /bin/busybox /usr/local/bin/busybox
COPY --from=build /out/server /usr/local/bin/server
ENTRYPOINT ["/usr/local/bin/server"]

# Build stage: a static Go binary
FROM golang:1.26-alpine3.23 AS build
WORKDIR /src
COPY go.mod main.go ./
RUN CGO_ENABLED=0 go build -o /out/server .

# Runtime: nothing but the certificates and the binary
FROM scratch
# Straight out of the alpine:3.23 image, no stage of its own
COPY --from=alpine:3.23 /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /out/server /server
ENTRYPOINT ["/server"]

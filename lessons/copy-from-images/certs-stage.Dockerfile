# Build stage: a static Go binary
FROM golang:1.26-alpine3.23 AS build
WORKDIR /src
COPY go.mod main.go ./
RUN CGO_ENABLED=0 go build -o /out/server .

# A stage whose only job is to hold the CA certificates
FROM alpine:3.23 AS certs
RUN apk add --no-cache ca-certificates

# Runtime: nothing but the certificates and the binary
FROM scratch
COPY --from=certs /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /out/server /server
ENTRYPOINT ["/server"]

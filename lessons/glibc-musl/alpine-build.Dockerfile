# Build stage: Alpine's Go image (musl, no gcc, so cgo is off)
FROM golang:1.26-alpine3.23 AS build
WORKDIR /src
COPY go.mod main.go ./
RUN go build -o /out/server .

# Runtime: Alpine, the same C library as the build
FROM alpine:3.23
COPY --from=build /out/server /server
ENTRYPOINT ["/server"]

# Build stage: Debian's Go image (glibc, with gcc installed)
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod main.go ./
# gcc is there, so cgo is on: net/http links glibc dynamically
RUN go build -o /out/server .

# Runtime: Alpine, whose C library is musl
FROM alpine:3.23
COPY --from=build /out/server /server
ENTRYPOINT ["/server"]

# Build stage: Debian's Go image (glibc, with gcc installed)
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod main.go ./
# cgo off: a static binary that needs no C library at all
RUN CGO_ENABLED=0 go build -o /out/server .

# Runtime: Alpine; the binary does not use its musl
FROM alpine:3.23
COPY --from=build /out/server /server
ENTRYPOINT ["/server"]

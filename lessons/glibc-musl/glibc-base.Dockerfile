# Build stage: Debian's Go image (glibc, with gcc installed)
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod main.go ./
# gcc is there, so cgo is on: net/http links glibc dynamically
RUN go build -o /out/server .

# Runtime: the same Debian release, so the same glibc
FROM debian:bookworm-slim
COPY --from=build /out/server /server
ENTRYPOINT ["/server"]

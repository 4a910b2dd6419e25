# Build stage: a static Go binary
FROM golang:1.26-alpine3.23 AS build
WORKDIR /src
COPY go.mod main.go ./
RUN CGO_ENABLED=0 go build -o /out/server .

# Runtime: nothing but the binary
FROM scratch
COPY --from=build /out/server /server
ENTRYPOINT ["/server"]

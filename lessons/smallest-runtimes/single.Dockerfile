# Single Stage ------------------------------------------------------

# Build and run in the Go toolchain image
FROM golang:1.26-alpine3.23

WORKDIR /src
COPY go.mod main.go ./
RUN go build -o /usr/local/bin/hello-server .

EXPOSE 8080
CMD ["hello-server"]

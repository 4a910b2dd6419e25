# Build Stage -------------------------------------------------------

FROM golang:1.26-alpine3.23 AS build
WORKDIR /src
COPY go.mod main.go ./
RUN CGO_ENABLED=0 GOOS=linux go build -tags timetzdata -o /out/hello-server .
RUN addgroup -S -g 10001 app && adduser -S -D -H -u 10001 -G app app

# Runtime Stage -----------------------------------------------------

FROM scratch
COPY --from=build /out/hello-server /hello-server
EXPOSE 8080
ENTRYPOINT /hello-server

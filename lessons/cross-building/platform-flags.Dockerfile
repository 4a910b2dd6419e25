# Build stage ------------------------------------------------------------

FROM --platform=linux/amd64 golang:1.26-alpine3.23 AS build

ARG TARGETOS
ARG TARGETARCH

WORKDIR /src
COPY go.mod main.go ./
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o hello .

# Runtime stage ----------------------------------------------------------

FROM --platform=$TARGETPLATFORM alpine:3.23
COPY --from=build /src/hello /usr/local/bin/hello
CMD ["hello"]

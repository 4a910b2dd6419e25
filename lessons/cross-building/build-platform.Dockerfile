# Build stage: runs on the build machine ---------------------------------

# $BUILDPLATFORM runs this stage natively on the machine doing the build
FROM --platform=$BUILDPLATFORM golang:1.26-alpine3.23 AS build

WORKDIR /src
COPY go.mod main.go ./

# Go builds for the platform it runs on: now the build machine, not the target
RUN CGO_ENABLED=0 go build -o hello .

# Runtime stage: no --platform, so it is the target platform ------------

FROM alpine:3.23
COPY --from=build /src/hello /usr/local/bin/hello
CMD ["hello"]

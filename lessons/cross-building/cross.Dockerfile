# Build stage: runs on the build machine, compiles for the target ---------

# $BUILDPLATFORM runs this stage natively on the machine doing the build
FROM --platform=$BUILDPLATFORM golang:1.26-alpine3.23 AS build

# The platform ARGs are global: redeclare them to use them in this stage
ARG TARGETOS
ARG TARGETARCH

WORKDIR /src
COPY go.mod main.go ./

# Go cross-compiles by itself: GOOS and GOARCH choose the target
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o hello .

# Runtime stage: no --platform, so it is the target platform ------------

FROM alpine:3.23
COPY --from=build /src/hello /usr/local/bin/hello
CMD ["hello"]

# A sketch for lesson 1's hello.cpp, following tonistiigi/xx's README.
# Not built by this course: its measured arm64 image (8.58MB) used emulation.

# xx holds only shell scripts, so import it for the build platform
FROM --platform=$BUILDPLATFORM tonistiigi/xx AS xx

FROM --platform=$BUILDPLATFORM alpine:3.23 AS build
COPY --from=xx / /

# clang and lld run on the build machine, so install them natively
RUN apk add --no-cache clang lld

# xx-apk installs libgcc, the C++ headers and musl for the target
ARG TARGETPLATFORM
RUN xx-apk add --no-cache gcc g++ musl-dev

WORKDIR /app
COPY hello.cpp .

# xx-clang++ compiles for $TARGETPLATFORM; xx-verify checks the result
RUN xx-clang++ -o hello hello.cpp && xx-verify hello

FROM alpine:3.23
WORKDIR /app
COPY --from=build /app/hello .
CMD ["./hello"]

# A sketch for lesson 1's hello.cpp (in this lesson's project too), following
# tonistiigi/xx's README. Not built by this course, so no size is known for it.

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

# xx-clang++ compiles for $TARGETPLATFORM but links libstdc++ dynamically, like any
# clang++: -static links everything in, and xx-verify --static fails the build if the
# binary still needs a shared library, instead of the container failing at start
RUN xx-clang++ -static -o hello hello.cpp && xx-verify --static hello

# Runtime stage: the target platform, with no C++ runtime library installed
FROM alpine:3.23
WORKDIR /app
COPY --from=build /app/hello .
CMD ["./hello"]

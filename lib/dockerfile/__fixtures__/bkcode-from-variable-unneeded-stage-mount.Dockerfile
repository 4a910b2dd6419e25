FROM alpine:3.23 AS build
RUN echo hi > /hi

FROM alpine:3.23 AS debug
ARG SRC=build
RUN --mount=from=$SRC,target=/x true

FROM alpine:3.23
COPY --from=build /hi /hi

FROM alpine:3.23 AS build
RUN echo hi > /hi

FROM alpine:3.23 AS debug
ARG SRC=build
COPY --from=$SRC /hi /hi

FROM alpine:3.23
COPY --from=build /hi /hi

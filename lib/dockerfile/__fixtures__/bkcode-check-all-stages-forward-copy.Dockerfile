FROM alpine:3.23 AS debug
COPY --from=build /hi /hi

FROM alpine:3.23 AS build
RUN echo hi > /hi

FROM alpine:3.23
COPY --from=build /hi /hi

FROM alpine:3.23 AS a
ONBUILD COPY --from=c /c /c

FROM a AS b
RUN true

FROM alpine:3.23 AS c
RUN echo c > /c
COPY --from=b /etc/os-release /b

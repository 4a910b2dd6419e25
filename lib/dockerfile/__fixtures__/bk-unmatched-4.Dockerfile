
FROM alpine
COPY $foo .
ARG foo=bar
RUN echo $foo

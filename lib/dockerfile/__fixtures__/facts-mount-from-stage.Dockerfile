FROM alpine AS deps
RUN echo
FROM alpine
RUN --mount=type=bind,from=deps,target=/deps ls /deps
RUN --mount=type=cache,from=0,target=/c ls

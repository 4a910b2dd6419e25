FROM alpine AS first
RUN --mount=type=bind,from=later,target=/l ls
FROM alpine AS later

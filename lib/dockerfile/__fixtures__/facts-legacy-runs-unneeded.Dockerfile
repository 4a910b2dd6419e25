FROM alpine AS debug
RUN echo debug
FROM alpine AS build
RUN make
FROM alpine
COPY --from=build /x /x

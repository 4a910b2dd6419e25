# escape=`
FROM alpine AS tools
RUN echo a `
  && echo b
FROM alpine
COPY --from=tools c:\x c:\y

FROM alpine
CMD ./hello --loud

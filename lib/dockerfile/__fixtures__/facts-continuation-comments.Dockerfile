FROM alpine
RUN apk add \
# build tools
    curl \
    jq
CMD ["sh"]

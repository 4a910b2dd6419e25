FROM alpine
RUN apk add --no-cache g++ make cmake
COPY . .
RUN npm install
CMD ["./hello"]

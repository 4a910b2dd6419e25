# Build stage: install and test -----------------------------------

FROM node:24-alpine AS build
WORKDIR /app
COPY . .
RUN npm install
RUN npm test

# Runtime stage ---------------------------------------------------

FROM node:24-alpine
WORKDIR /app

# Only what runs, taken from the stage that tested it
COPY --from=build /app/package.json ./
COPY --from=build /app/src ./src

# Drop root: the node images ship an unprivileged user called node
USER node
EXPOSE 3000
CMD npm start

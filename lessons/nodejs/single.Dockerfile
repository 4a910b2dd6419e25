# Single Stage ------------------------------------------------------

# One image installs everything, builds, and runs
FROM node:24.11.1-alpine

WORKDIR /app
COPY . .

# Every dependency, dev dependencies included, stays in the image
RUN npm install
RUN npm run build

EXPOSE 3000
CMD ["npm", "start"]

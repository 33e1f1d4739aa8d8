# Build the plugin, then serve dist/ with nginx (the Helm chart mounts TLS and nginx.conf).
FROM registry.access.redhat.com/ubi9/nodejs-20 AS build
USER 0
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund --ignore-scripts
COPY . .
RUN npm run build

FROM registry.access.redhat.com/ubi9/nginx-124
COPY --from=build /src/dist /usr/share/nginx/html
USER 1001
ENTRYPOINT ["nginx", "-g", "daemon off;"]

# The product in one image: the API serving the built web app. Used by docker-compose.yml.
FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN NX_DAEMON=false NX_NO_CLOUD=true npx nx run-many -t build -p api web

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app/api
# Only the API's runtime dependencies (the build writes this package.json).
COPY --from=build /src/dist/apps/api/package.json ./
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /src/dist/apps/api ./
COPY --from=build /src/dist/apps/web /app/web
RUN mkdir -p /app/data && chown node:node /app/data
ENV DATA_DIR=/app/data
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "main.js"]

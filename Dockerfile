# syntax=docker/dockerfile:1
# Welfare API image (docs/operations.md). Targets:
#   runtime    (default) the API: non-root, runs on a read-only root file system with a tmpfs on /tmp
#   migrations psql with the idempotent SQL scripts of every module, run once before the hosts start
# Build: docker build -t welfare-api .    docker build --target migrations -t welfare-migrations .
# Nothing secret is baked in: connection strings, the identity provider and keys come from the environment.

ARG DOTNET_VERSION=10.0
ARG POSTGRES_VERSION=15

# Only the project files, so that the restore layer below is rebuilt when a dependency changes,
# not on every source edit.
FROM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION} AS projects
WORKDIR /src
COPY src/ src/
RUN find src -type f ! -name '*.csproj' -delete

FROM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION} AS build
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props dotnet-tools.json .editorconfig ./
COPY --from=projects /src/src/ src/
RUN dotnet restore src/Host/Welfare.Host/Welfare.Host.csproj && dotnet tool restore
COPY src/ src/
RUN dotnet publish src/Host/Welfare.Host/Welfare.Host.csproj -c Release --no-restore -o /app -p:UseAppHost=false
# The scripts production applies, generated from the build just made.
COPY scripts/migration-scripts.sh scripts/
RUN bash scripts/migration-scripts.sh --no-build --configuration Release --output /migrations

FROM postgres:${POSTGRES_VERSION}-alpine AS migrations
COPY --from=build /migrations/ /migrations/
COPY scripts/apply-migrations.sh /usr/local/bin/apply-migrations
COPY scripts/sql/app-role-grants.sql /migrations/grants/app-role-grants.sql
# The postgres image's own user; the scripts connect with PGHOST/PGUSER/PGPASSWORD/PGDATABASE.
USER postgres
ENTRYPOINT ["/bin/sh", "/usr/local/bin/apply-migrations", "/migrations"]

FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION} AS runtime
WORKDIR /app
COPY --from=build /app/ ./
# The image's unprivileged user (APP_UID, 1654); the files stay owned by root, so it cannot change them.
USER $APP_UID
# The host writes no files: with a read-only root file system only /tmp (a tmpfs) needs to be writable,
# for the runtime's diagnostics socket. Data-protection keys stay in memory: nothing is protected with
# them (bearer tokens only, no cookies or antiforgery), so there is no key ring to store or share.
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080 \
    TMPDIR=/tmp
EXPOSE 8080
# The base image has no curl or wget: the host itself probes its readiness (database reachable).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["dotnet", "/app/Welfare.Host.dll", "health-check", "http://127.0.0.1:8080/health/ready"]
ENTRYPOINT ["dotnet", "/app/Welfare.Host.dll"]

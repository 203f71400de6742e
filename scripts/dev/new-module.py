#!/usr/bin/env python3
"""Lays out an empty module the way every module is built (shared/ARCHITECTURE.md).

usage: scripts/dev/new-module.py ModuleName schema_name route-segment
Then: add the projects to Welfare.sln, reference them from the Host, call AddModule<Name>() and
Map<Name>Endpoints() in Program.cs, and add the initial migration (README: "Add a migration").
"""
import os
import sys

name, schema, route = sys.argv[1:4]
root = os.path.join(os.path.dirname(__file__), "..", "..", "src", "Modules", name)
ns = f"Welfare.Modules.{name}"


def write(path, text):
    path = os.path.join(root, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if os.path.exists(path):
        return
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.lstrip("\n"))


def csproj(refs, packages=(), internals=()):
    items = "\n".join(f'    <ProjectReference Include="{r}" />' for r in refs)
    pk = "\n".join(f'    <PackageReference Include="{p}" />' for p in packages)
    iv = "\n".join(f'    <InternalsVisibleTo Include="{i}" />' for i in internals)
    out = '<Project Sdk="Microsoft.NET.Sdk">\n'
    out += f"  <ItemGroup>\n{items}\n  </ItemGroup>\n"
    if pk:
        out += f"  <ItemGroup>\n{pk}\n  </ItemGroup>\n"
    if iv:
        out += f"  <ItemGroup>\n{iv}\n  </ItemGroup>\n"
    return out + "</Project>\n"


sk = "..\\..\\..\\SharedKernel"
write(f"{ns}.Domain/{ns}.Domain.csproj", csproj([f"{sk}\\Welfare.SharedKernel\\Welfare.SharedKernel.csproj"]))
write(f"{ns}.IntegrationEvents/{ns}.IntegrationEvents.csproj",
      csproj([f"{sk}\\Welfare.SharedKernel.Application\\Welfare.SharedKernel.Application.csproj"]))
write(f"{ns}.Application/{ns}.Application.csproj", csproj(
    [f"..\\{ns}.Domain\\{ns}.Domain.csproj",
     f"..\\{ns}.IntegrationEvents\\{ns}.IntegrationEvents.csproj",
     f"{sk}\\Welfare.SharedKernel.Application\\Welfare.SharedKernel.Application.csproj"],
    ["Mapster"],
    [f"{ns}.Infrastructure", "Welfare.UnitTests", "Welfare.IntegrationTests"]))
write(f"{ns}.Infrastructure/{ns}.Infrastructure.csproj", csproj(
    [f"..\\{ns}.Application\\{ns}.Application.csproj",
     f"{sk}\\Welfare.SharedKernel.Infrastructure\\Welfare.SharedKernel.Infrastructure.csproj"],
    [],
    ["Welfare.IntegrationTests"]))

write(f"{ns}.Application/I{name}Module.cs", f"""
using Welfare.SharedKernel.Application.Messaging;

namespace {ns}.Application;

/// <summary>The one door into the {name} module: its commands and queries, nothing else.</summary>
public interface I{name}Module : IModuleFacade;
""")

write(f"{ns}.Infrastructure/{name}Module.cs", f"""
using MediatR;
using {ns}.Application;
using Welfare.SharedKernel.Infrastructure.Modules;

namespace {ns}.Infrastructure;

internal sealed class {name}Module(IMediator mediator)
    : ModuleFacade(mediator, typeof(I{name}Module).Assembly), I{name}Module;
""")

write(f"{ns}.Infrastructure/Persistence/{name}DbContext.cs", f"""
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Infrastructure.Persistence;

namespace {ns}.Infrastructure.Persistence;

internal sealed class {name}DbContext(DbContextOptions<{name}DbContext> options) : ModuleDbContext(options)
{{
    public const string SchemaName = "{schema}";

    public override string Schema => SchemaName;

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof({name}DbContext).Assembly);
}}
""")

write(f"{ns}.Infrastructure/Persistence/{name}DesignTimeDbContextFactory.cs", f"""
using Welfare.SharedKernel.Infrastructure.Persistence;

namespace {ns}.Infrastructure.Persistence;

internal sealed class {name}DesignTimeDbContextFactory()
    : ModuleDesignTimeDbContextFactory<{name}DbContext>({name}DbContext.SchemaName, options => new(options));
""")

write(f"{ns}.Infrastructure/{name}ModuleRegistration.cs", f"""
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using {ns}.Application;
using {ns}.Infrastructure.Persistence;
using Welfare.SharedKernel.Infrastructure;

namespace {ns}.Infrastructure;

public static class {name}ModuleRegistration
{{
    public const string ModuleName = "{name}";

    public static IServiceCollection AddModule{name}(this IServiceCollection services, IConfiguration configuration)
    {{
        services.AddWelfareModule<{name}DbContext>(
            configuration,
            ModuleName,
            {name}DbContext.SchemaName,
            typeof(I{name}Module).Assembly,
            typeof({name}ModuleRegistration).Assembly);
        services.AddScoped<I{name}Module, {name}Module>();
        return services;
    }}
}}
""")

host = os.path.join(os.path.dirname(__file__), "..", "..", "src", "Host", "Welfare.Host", "Endpoints", name)
os.makedirs(host, exist_ok=True)
path = os.path.join(host, f"{name}Endpoints.cs")
if not os.path.exists(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"""namespace Welfare.Host.Endpoints.{name};

internal static class {name}Endpoints
{{
    public const string Tag = "{name}";

    /// <summary>Routes of the {name} module under <c>/api/v1/{route}</c>; each use case adds its endpoint here.</summary>
    public static IEndpointRouteBuilder Map{name}Endpoints(this IEndpointRouteBuilder app)
    {{
        app.MapGroup("/api/v1/{route}").WithTags(Tag);
        return app;
    }}
}}
""")
print("created", name)

using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Welfare.Host.Security;

internal static class AuthenticationSetup
{
    /// <summary>A wider tolerance would keep stolen or revoked tokens alive longer than their stated lifetime.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(1);

    /// <summary>
    /// JWT bearer from the employer's OIDC provider. The development key is used only when the host
    /// runs in Development: a key left in production configuration is ignored, never trusted.
    /// </summary>
    private static readonly string[] AsymmetricAlgorithms =
    [
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.RsaSsaPssSha384, SecurityAlgorithms.RsaSsaPssSha512,
        SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.EcdsaSha512,
    ];

    public static IServiceCollection AddWelfareAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(WelfareAuthenticationOptions.Section).Get<WelfareAuthenticationOptions>() ?? new();
        var useDevelopmentKey = environment.IsDevelopment() && !string.IsNullOrEmpty(options.DevelopmentSigningKey);
        if (!useDevelopmentKey && string.IsNullOrEmpty(options.Authority))
        {
            throw new InvalidOperationException(
                "Authentication:Authority (the employer's OpenID Connect provider) must be configured outside Development.");
        }

        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > MaxClockSkew)
        {
            throw new InvalidOperationException($"Authentication:ClockSkew must be between 0 and {MaxClockSkew}.");
        }

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.RequireHttpsMetadata = configuration.GetValue($"{WelfareAuthenticationOptions.Section}:RequireHttpsMetadata", true);
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                NameClaimType = "sub",
                RoleClaimType = "role",
                ValidateIssuer = true,
                ValidateAudience = true,
                ValidAudience = options.Audience,
                ValidateLifetime = true,
                RequireExpirationTime = true,
                RequireSignedTokens = true,
                ValidateIssuerSigningKey = true,
                ClockSkew = options.ClockSkew,
            };

            if (useDevelopmentKey)
            {
                jwt.TokenValidationParameters.ValidIssuer = WelfareAuthenticationOptions.DevelopmentIssuer;
                jwt.TokenValidationParameters.IssuerSigningKey = DevelopmentTokens.Key(options.DevelopmentSigningKey!);
                jwt.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
            }
            else
            {
                jwt.Authority = options.Authority;
                jwt.TokenValidationParameters.ValidIssuer = options.Issuer ?? options.Authority;

                // The provider signs with its private key; a symmetric (HMAC) signature could only come
                // from someone holding a shared secret — or using the published public key as one.
                jwt.TokenValidationParameters.ValidAlgorithms = AsymmetricAlgorithms;
            }

            jwt.Events = new JwtBearerEvents
            {
                // Every caller must be identifiable: the audit trail and per-record rules need `sub`.
                OnTokenValidated = context =>
                {
                    if (string.IsNullOrEmpty(context.Principal?.FindFirst("sub")?.Value))
                    {
                        context.Fail("The token has no subject.");
                    }

                    return Task.CompletedTask;
                },
            };
        });
        return services;
    }
}

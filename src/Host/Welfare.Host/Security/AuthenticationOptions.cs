namespace Welfare.Host.Security;

/// <summary>Where tokens come from. In production: the employer's OpenID Connect provider.</summary>
internal sealed class WelfareAuthenticationOptions
{
    public const string Section = "Authentication";

    /// <summary>The OIDC authority (issuer URL); its signing keys are read from its discovery document.</summary>
    public string? Authority { get; set; }

    public string Audience { get; set; } = "welfare-api";

    /// <summary>Expected <c>iss</c>; defaults to the authority.</summary>
    public string? Issuer { get; set; }

    /// <summary>
    /// A symmetric key for development tokens (demo users, tests). Honoured only in the Development
    /// environment, whatever the configuration says.
    /// </summary>
    public string? DevelopmentSigningKey { get; set; }

    public const string DevelopmentIssuer = "welfare-development";

    /// <summary>Clock skew tolerated between the provider and this server.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);
}

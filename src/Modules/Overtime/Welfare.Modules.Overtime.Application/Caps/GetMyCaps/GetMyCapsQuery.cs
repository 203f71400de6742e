using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.Caps.GetMyCaps;

/// <summary>The caller's own personal caps, newest first.</summary>
public sealed record GetMyCapsQuery : IQuery<IReadOnlyList<PersonalCapDto>>;

using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.SharedKernel.Application.Auditing;

/// <summary>The platform's audit trail, read by the <c>auditor</c> role. It has no commands: entries cannot be changed or deleted.</summary>
public interface IAuditTrailModule : IModuleFacade;

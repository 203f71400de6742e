using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns.GetPreReturn;

/// <summary>One case, with the parts the caller's duty needs; 404 for anyone with no part in it.</summary>
public sealed record GetPreReturnQuery(Guid PreReturnId) : IQuery<PreReturnDto>;

using MediatR;

namespace Welfare.SharedKernel.Application.Messaging;

/// <summary>A request that only reads. Its audit entries are still stored.</summary>
public interface IQuery<out TResult> : IRequest<TResult>;

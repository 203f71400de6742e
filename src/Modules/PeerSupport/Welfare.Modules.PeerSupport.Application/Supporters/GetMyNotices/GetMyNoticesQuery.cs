using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.PeerSupport.Application.Supporters.GetMyNotices;

/// <summary>The Form 1 and Form 2 notices handed to the caller, newest first.</summary>
public sealed record GetMyNoticesQuery(PageRequest Paging) : IQuery<PagedList<NoticeDto>>, IPagedQuery;

// message and $default: relay a client's message to every other connection editing the same
// document, through the API Gateway Management API. Body: {"action":"message","data":...}.
import {
  DynamoDBClient, GetItemCommand, QueryCommand, DeleteItemCommand,
} from '@aws-sdk/client-dynamodb';
import {
  ApiGatewayManagementApiClient, PostToConnectionCommand, GoneException,
} from '@aws-sdk/client-apigatewaymanagementapi';

const dynamodb = new DynamoDBClient({});
const table = process.env.CONNECTIONS_TABLE;
const index = process.env.CONNECTIONS_INDEX;

export const handler = async (event) => {
  const { connectionId, domainName, stage } = event.requestContext;
  const sender = await dynamodb.send(new GetItemCommand({
    TableName: table,
    Key: { connectionId: { S: connectionId } },
  }));
  const documentId = sender.Item?.documentId?.S;
  if (!documentId) {
    return { statusCode: 410, body: 'unknown connection; reconnect with ?documentId=' };
  }

  let data;
  try {
    data = JSON.parse(event.body ?? '{}').data;
  } catch {
    return { statusCode: 400, body: 'body must be JSON: {"action":"message","data":...}' };
  }
  const payload = JSON.stringify({ documentId, from: connectionId, data });

  const api = new ApiGatewayManagementApiClient({ endpoint: `https://${domainName}/${stage}` });
  let sent = 0;
  let exclusiveStartKey;
  do {
    const page = await dynamodb.send(new QueryCommand({
      TableName: table,
      IndexName: index,
      KeyConditionExpression: 'documentId = :d',
      ExpressionAttributeValues: { ':d': { S: documentId } },
      ExclusiveStartKey: exclusiveStartKey,
    }));
    const targets = (page.Items ?? [])
      .map((item) => item.connectionId.S)
      .filter((id) => id !== connectionId);
    await Promise.all(targets.map(async (target) => {
      try {
        await api.send(new PostToConnectionCommand({ ConnectionId: target, Data: payload }));
        sent += 1;
      } catch (err) {
        if (!(err instanceof GoneException)) throw err;
        // The client left without $disconnect: drop it so the next broadcast skips it.
        await dynamodb.send(new DeleteItemCommand({
          TableName: table,
          Key: { connectionId: { S: target } },
        }));
      }
    }));
    exclusiveStartKey = page.LastEvaluatedKey;
  } while (exclusiveStartKey);

  return { statusCode: 200, body: JSON.stringify({ delivered: sent }) };
};
